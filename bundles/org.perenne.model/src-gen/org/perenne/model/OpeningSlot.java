/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import java.time.LocalTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opening Slot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.OpeningSlot#getDay <em>Day</em>}</li>
 *   <li>{@link org.perenne.model.OpeningSlot#getOpensAt <em>Opens At</em>}</li>
 *   <li>{@link org.perenne.model.OpeningSlot#getClosesAt <em>Closes At</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getOpeningSlot()
 * @model
 * @generated
 */
public interface OpeningSlot extends EObject {
	/**
	 * Returns the value of the '<em><b>Day</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.DayOfWeek}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Day</em>' attribute.
	 * @see org.perenne.model.DayOfWeek
	 * @see #setDay(DayOfWeek)
	 * @see org.perenne.model.PerennePackage#getOpeningSlot_Day()
	 * @model
	 * @generated
	 */
	DayOfWeek getDay();

	/**
	 * Sets the value of the '{@link org.perenne.model.OpeningSlot#getDay <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day</em>' attribute.
	 * @see org.perenne.model.DayOfWeek
	 * @see #getDay()
	 * @generated
	 */
	void setDay(DayOfWeek value);

	/**
	 * Returns the value of the '<em><b>Opens At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opens At</em>' attribute.
	 * @see #setOpensAt(LocalTime)
	 * @see org.perenne.model.PerennePackage#getOpeningSlot_OpensAt()
	 * @model dataType="org.perenne.model.TimeOfDay" required="true"
	 * @generated
	 */
	LocalTime getOpensAt();

	/**
	 * Sets the value of the '{@link org.perenne.model.OpeningSlot#getOpensAt <em>Opens At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opens At</em>' attribute.
	 * @see #getOpensAt()
	 * @generated
	 */
	void setOpensAt(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Closes At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closes At</em>' attribute.
	 * @see #setClosesAt(LocalTime)
	 * @see org.perenne.model.PerennePackage#getOpeningSlot_ClosesAt()
	 * @model dataType="org.perenne.model.TimeOfDay" required="true"
	 * @generated
	 */
	LocalTime getClosesAt();

	/**
	 * Sets the value of the '{@link org.perenne.model.OpeningSlot#getClosesAt <em>Closes At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closes At</em>' attribute.
	 * @see #getClosesAt()
	 * @generated
	 */
	void setClosesAt(LocalTime value);

} // OpeningSlot
