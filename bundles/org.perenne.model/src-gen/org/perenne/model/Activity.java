/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import java.time.LocalTime;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Activity#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.perenne.model.Activity#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.perenne.model.Activity#getRequiredEquipment <em>Required Equipment</em>}</li>
 *   <li>{@link org.perenne.model.Activity#getAllowedDays <em>Allowed Days</em>}</li>
 *   <li>{@link org.perenne.model.Activity#getEarliestStart <em>Earliest Start</em>}</li>
 *   <li>{@link org.perenne.model.Activity#getLatestEnd <em>Latest End</em>}</li>
 *   <li>{@link org.perenne.model.Activity#getPreferredStart <em>Preferred Start</em>}</li>
 *   <li>{@link org.perenne.model.Activity#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.perenne.model.Activity#getValue <em>Value</em>}</li>
 *   <li>{@link org.perenne.model.Activity#isMandatory <em>Mandatory</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends Element {
	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see org.perenne.model.PerennePackage#getActivity_DurationMinutes()
	 * @model default="60"
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link org.perenne.model.Activity#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendees</em>' attribute.
	 * @see #setAttendees(int)
	 * @see org.perenne.model.PerennePackage#getActivity_Attendees()
	 * @model
	 * @generated
	 */
	int getAttendees();

	/**
	 * Sets the value of the '{@link org.perenne.model.Activity#getAttendees <em>Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attendees</em>' attribute.
	 * @see #getAttendees()
	 * @generated
	 */
	void setAttendees(int value);

	/**
	 * Returns the value of the '<em><b>Required Equipment</b></em>' attribute list.
	 * The list contents are of type {@link org.perenne.model.Equipment}.
	 * The literals are from the enumeration {@link org.perenne.model.Equipment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Equipment</em>' attribute list.
	 * @see org.perenne.model.Equipment
	 * @see org.perenne.model.PerennePackage#getActivity_RequiredEquipment()
	 * @model
	 * @generated
	 */
	EList<Equipment> getRequiredEquipment();

	/**
	 * Returns the value of the '<em><b>Allowed Days</b></em>' attribute list.
	 * The list contents are of type {@link org.perenne.model.DayOfWeek}.
	 * The literals are from the enumeration {@link org.perenne.model.DayOfWeek}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allowed Days</em>' attribute list.
	 * @see org.perenne.model.DayOfWeek
	 * @see org.perenne.model.PerennePackage#getActivity_AllowedDays()
	 * @model
	 * @generated
	 */
	EList<DayOfWeek> getAllowedDays();

	/**
	 * Returns the value of the '<em><b>Earliest Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Earliest Start</em>' attribute.
	 * @see #setEarliestStart(LocalTime)
	 * @see org.perenne.model.PerennePackage#getActivity_EarliestStart()
	 * @model dataType="org.perenne.model.TimeOfDay"
	 * @generated
	 */
	LocalTime getEarliestStart();

	/**
	 * Sets the value of the '{@link org.perenne.model.Activity#getEarliestStart <em>Earliest Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Earliest Start</em>' attribute.
	 * @see #getEarliestStart()
	 * @generated
	 */
	void setEarliestStart(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Latest End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Latest End</em>' attribute.
	 * @see #setLatestEnd(LocalTime)
	 * @see org.perenne.model.PerennePackage#getActivity_LatestEnd()
	 * @model dataType="org.perenne.model.TimeOfDay"
	 * @generated
	 */
	LocalTime getLatestEnd();

	/**
	 * Sets the value of the '{@link org.perenne.model.Activity#getLatestEnd <em>Latest End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latest End</em>' attribute.
	 * @see #getLatestEnd()
	 * @generated
	 */
	void setLatestEnd(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Preferred Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred Start</em>' attribute.
	 * @see #setPreferredStart(LocalTime)
	 * @see org.perenne.model.PerennePackage#getActivity_PreferredStart()
	 * @model dataType="org.perenne.model.TimeOfDay"
	 * @generated
	 */
	LocalTime getPreferredStart();

	/**
	 * Sets the value of the '{@link org.perenne.model.Activity#getPreferredStart <em>Preferred Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferred Start</em>' attribute.
	 * @see #getPreferredStart()
	 * @generated
	 */
	void setPreferredStart(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.ActivityPriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.perenne.model.ActivityPriority
	 * @see #setPriority(ActivityPriority)
	 * @see org.perenne.model.PerennePackage#getActivity_Priority()
	 * @model
	 * @generated
	 */
	ActivityPriority getPriority();

	/**
	 * Sets the value of the '{@link org.perenne.model.Activity#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.perenne.model.ActivityPriority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(ActivityPriority value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revenue of one session, or its social weight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.perenne.model.PerennePackage#getActivity_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.perenne.model.Activity#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandatory</em>' attribute.
	 * @see #setMandatory(boolean)
	 * @see org.perenne.model.PerennePackage#getActivity_Mandatory()
	 * @model
	 * @generated
	 */
	boolean isMandatory();

	/**
	 * Sets the value of the '{@link org.perenne.model.Activity#isMandatory <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandatory</em>' attribute.
	 * @see #isMandatory()
	 * @generated
	 */
	void setMandatory(boolean value);

} // Activity
