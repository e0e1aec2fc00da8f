/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Room Rental</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.RoomRental#getRoom <em>Room</em>}</li>
 *   <li>{@link org.perenne.model.RoomRental#getHourlyRate <em>Hourly Rate</em>}</li>
 *   <li>{@link org.perenne.model.RoomRental#getHalfDayPrice <em>Half Day Price</em>}</li>
 *   <li>{@link org.perenne.model.RoomRental#getDayPrice <em>Day Price</em>}</li>
 *   <li>{@link org.perenne.model.RoomRental#getBookableHoursPerMonth <em>Bookable Hours Per Month</em>}</li>
 *   <li>{@link org.perenne.model.RoomRental#getOccupancyRate <em>Occupancy Rate</em>}</li>
 *   <li>{@link org.perenne.model.RoomRental#getDirectCostPerHour <em>Direct Cost Per Hour</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getRoomRental()
 * @model
 * @generated
 */
public interface RoomRental extends VolumeOffer {
	/**
	 * Returns the value of the '<em><b>Room</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Room</em>' reference.
	 * @see #setRoom(Room)
	 * @see org.perenne.model.PerennePackage#getRoomRental_Room()
	 * @model required="true"
	 * @generated
	 */
	Room getRoom();

	/**
	 * Sets the value of the '{@link org.perenne.model.RoomRental#getRoom <em>Room</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Room</em>' reference.
	 * @see #getRoom()
	 * @generated
	 */
	void setRoom(Room value);

	/**
	 * Returns the value of the '<em><b>Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hourly Rate</em>' attribute.
	 * @see #setHourlyRate(double)
	 * @see org.perenne.model.PerennePackage#getRoomRental_HourlyRate()
	 * @model
	 * @generated
	 */
	double getHourlyRate();

	/**
	 * Sets the value of the '{@link org.perenne.model.RoomRental#getHourlyRate <em>Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hourly Rate</em>' attribute.
	 * @see #getHourlyRate()
	 * @generated
	 */
	void setHourlyRate(double value);

	/**
	 * Returns the value of the '<em><b>Half Day Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Half Day Price</em>' attribute.
	 * @see #setHalfDayPrice(double)
	 * @see org.perenne.model.PerennePackage#getRoomRental_HalfDayPrice()
	 * @model
	 * @generated
	 */
	double getHalfDayPrice();

	/**
	 * Sets the value of the '{@link org.perenne.model.RoomRental#getHalfDayPrice <em>Half Day Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Half Day Price</em>' attribute.
	 * @see #getHalfDayPrice()
	 * @generated
	 */
	void setHalfDayPrice(double value);

	/**
	 * Returns the value of the '<em><b>Day Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Day Price</em>' attribute.
	 * @see #setDayPrice(double)
	 * @see org.perenne.model.PerennePackage#getRoomRental_DayPrice()
	 * @model
	 * @generated
	 */
	double getDayPrice();

	/**
	 * Sets the value of the '{@link org.perenne.model.RoomRental#getDayPrice <em>Day Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day Price</em>' attribute.
	 * @see #getDayPrice()
	 * @generated
	 */
	void setDayPrice(double value);

	/**
	 * Returns the value of the '<em><b>Bookable Hours Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty means the room weekly opening hours x 52 / 12.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bookable Hours Per Month</em>' attribute.
	 * @see #setBookableHoursPerMonth(Double)
	 * @see org.perenne.model.PerennePackage#getRoomRental_BookableHoursPerMonth()
	 * @model
	 * @generated
	 */
	Double getBookableHoursPerMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.RoomRental#getBookableHoursPerMonth <em>Bookable Hours Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bookable Hours Per Month</em>' attribute.
	 * @see #getBookableHoursPerMonth()
	 * @generated
	 */
	void setBookableHoursPerMonth(Double value);

	/**
	 * Returns the value of the '<em><b>Occupancy Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of bookable hours actually booked (0 to 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occupancy Rate</em>' attribute.
	 * @see #setOccupancyRate(double)
	 * @see org.perenne.model.PerennePackage#getRoomRental_OccupancyRate()
	 * @model
	 * @generated
	 */
	double getOccupancyRate();

	/**
	 * Sets the value of the '{@link org.perenne.model.RoomRental#getOccupancyRate <em>Occupancy Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occupancy Rate</em>' attribute.
	 * @see #getOccupancyRate()
	 * @generated
	 */
	void setOccupancyRate(double value);

	/**
	 * Returns the value of the '<em><b>Direct Cost Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cleaning and consumables per booked hour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direct Cost Per Hour</em>' attribute.
	 * @see #setDirectCostPerHour(double)
	 * @see org.perenne.model.PerennePackage#getRoomRental_DirectCostPerHour()
	 * @model
	 * @generated
	 */
	double getDirectCostPerHour();

	/**
	 * Sets the value of the '{@link org.perenne.model.RoomRental#getDirectCostPerHour <em>Direct Cost Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direct Cost Per Hour</em>' attribute.
	 * @see #getDirectCostPerHour()
	 * @generated
	 */
	void setDirectCostPerHour(double value);

} // RoomRental
