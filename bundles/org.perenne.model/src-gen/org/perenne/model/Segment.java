/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Segment#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.Segment#getSize <em>Size</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getSegment()
 * @model
 * @generated
 */
public interface Segment extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.SegmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.SegmentKind
	 * @see #setKind(SegmentKind)
	 * @see org.perenne.model.PerennePackage#getSegment_Kind()
	 * @model
	 * @generated
	 */
	SegmentKind getKind();

	/**
	 * Sets the value of the '{@link org.perenne.model.Segment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.SegmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SegmentKind value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of people in this public.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(double)
	 * @see org.perenne.model.PerennePackage#getSegment_Size()
	 * @model
	 * @generated
	 */
	double getSize();

	/**
	 * Sets the value of the '{@link org.perenne.model.Segment#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(double value);

} // Segment
